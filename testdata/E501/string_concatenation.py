message = "first part of a message that goes on " "second part of the message that continues " "end"
