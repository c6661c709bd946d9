import a  #
import b
