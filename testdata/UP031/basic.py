# the simplest input UP031 fixes; its expected output goes in basic.approved.py
