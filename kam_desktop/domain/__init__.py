"""Plain-Python domain: enums, value objects, validation rules, typed errors. No Qt, no ORM."""
