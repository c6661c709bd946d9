# pyfix: --notebook-cell
if True: shown = 1;
