# pyfix: --ignore-names=X,X_*,[A-C]?
def fit(data):
    X = data
    X_train = X[:10]
    Ab = 1
    Zz = 2
    setUp = 3
    return X_train, Ab, Zz, setUp
