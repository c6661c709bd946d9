import a10
import a9
import A2
import a.b
