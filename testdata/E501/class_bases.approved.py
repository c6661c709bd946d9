class VeryLongClassNameForTesting(
    BaseClassNumberOne, BaseClassNumberTwo, metaclass=SomeMetaClass
):
    pass
