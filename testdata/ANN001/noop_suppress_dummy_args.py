# pyfix: --flake8-annotations=suppress-dummy-args
def callback(_, __, _unused, used, *_args, **_kwargs) -> None:
    pass
