x = [
    1,

    2,

]
call(

)
