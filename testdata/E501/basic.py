# the simplest input E501 fixes; its expected output goes in basic.approved.py
