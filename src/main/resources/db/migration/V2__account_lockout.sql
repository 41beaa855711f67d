-- Lockout after repeated failed sign-ins: until this instant (UTC) the account refuses every password.
ALTER TABLE app_user ADD COLUMN locked_until ${instant} NULL;
