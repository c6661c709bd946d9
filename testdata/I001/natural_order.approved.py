import A2
import a9
import a10
import a.b
