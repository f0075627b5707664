from . import write_schema

write_schema()
