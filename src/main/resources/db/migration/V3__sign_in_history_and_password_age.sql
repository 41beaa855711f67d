-- The user sees when and from where she signed in before; passwords may expire after a configured age.
ALTER TABLE app_user ADD COLUMN last_sign_in_from VARCHAR(64) NULL;
ALTER TABLE app_user ADD COLUMN previous_sign_in_at ${instant} NULL;
ALTER TABLE app_user ADD COLUMN previous_sign_in_from VARCHAR(64) NULL;
ALTER TABLE app_user ADD COLUMN password_changed_at ${instant} NULL;
UPDATE app_user SET password_changed_at = created_at;
