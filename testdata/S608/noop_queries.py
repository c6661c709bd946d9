def queries(cursor, table, value, name):
    cursor.execute("SELECT * FROM users WHERE id = '%s'" % value)
    cursor.execute("DELETE FROM users WHERE name = '{}'".format(name))
    cursor.execute(f"UPDATE users SET name = '{name}' WHERE id = 1")
    cursor.execute("INSERT INTO " + table + " VALUES (1)")
    cursor.execute(
        """
        SELECT name
        FROM users
        WHERE id = %s
        """
        % value
    )


def parameterized(cursor, value):
    cursor.execute("SELECT * FROM users WHERE id = %s", (value,))
    cursor.execute(f"SELECT * FROM users")
    query = "SELECT * FROM users"
    return query


def prose(choice):
    message = "Select the item from the list: %s" % choice  # a known false positive
    return "delete from cache: " + choice


def not_strings(x, items):
    # a list, not a query string (Ruff says the same)
    columns = "SELECT * FROM " + (["a"] if x > 0 else ["b"])
    return columns, "select a from b " + [1] + items
