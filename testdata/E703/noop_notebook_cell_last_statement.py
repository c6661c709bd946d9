# pyfix: --notebook-cell
import matplotlib.pyplot as plt

plt.plot([1, 2]);  # no Out[] shown

