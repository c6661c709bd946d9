# pyfix: --notebook-cell
for i in range(3):
    print(i);
