configuration_value: Optional[Dict[str, Any]] = load_configuration_from_file(
    path_to_config_file
)
