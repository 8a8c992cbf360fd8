DROP INDEX sessions_expiry;
DROP TABLE login_throttle;
