result = session.query(models.Customer.id).filter(models.Customer.account_id == 10000, models.Customer.email == email_address).count()
