x = (
    "first part of a message that goes on and on "
    "second part of the message continues"
)
