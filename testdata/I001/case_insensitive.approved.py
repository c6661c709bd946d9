import alpha
import Beta
import Zeta
