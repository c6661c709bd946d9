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
