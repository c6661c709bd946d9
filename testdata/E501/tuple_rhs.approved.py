coordinates = (
    latitude_in_degrees,
    longitude_in_degrees,
    altitude_in_meters,
    accuracy_in_meters,
)
