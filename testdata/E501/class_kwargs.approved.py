class Model(
    BaseModelWithALongName, metaclass=ModelMetaClassWithALongName, abstract_flag=True
):
    pass
