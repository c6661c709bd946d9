print(
    f"processed {number_of_items} items in {elapsed_seconds:.2f} seconds ({rate:.1f} per second)"
)
