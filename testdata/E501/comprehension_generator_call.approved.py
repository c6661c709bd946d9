total = sum(
    item.price * item.quantity
    for item in shopping_cart.items
    if item.is_available_for_sale
)
