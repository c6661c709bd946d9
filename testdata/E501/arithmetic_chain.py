total_amount = base_price * quantity_ordered + shipping_cost_for_order - discount_amount_applied + tax
