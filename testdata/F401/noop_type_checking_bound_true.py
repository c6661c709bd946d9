# this module's own TYPE_CHECKING is True: the block runs, and importing myplugin may register it
TYPE_CHECKING = True

if TYPE_CHECKING:
    import myplugin
print("ready")
