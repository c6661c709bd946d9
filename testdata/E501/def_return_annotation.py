def xxxxxxxxxxxxxxxxxxxxxxxxxxxx() -> Set["Muy", "Long", "Annotation", "Annotationnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn"]:
    pass
