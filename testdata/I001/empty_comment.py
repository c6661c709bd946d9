import b
import a  #
