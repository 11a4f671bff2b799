-- access: failed sign-ins in a row and the time until which the account is locked after too many.
-- Kept per user in the database so that a lockout holds across server restarts and cluster nodes.
ALTER TABLE users ADD COLUMN failed_logins INT DEFAULT 0 NOT NULL;
ALTER TABLE users ADD COLUMN locked_until TIMESTAMP(6) WITH TIME ZONE;
