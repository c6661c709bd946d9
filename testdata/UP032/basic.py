# the simplest input UP032 fixes; its expected output goes in basic.approved.py
