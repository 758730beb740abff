-- An idempotent write stores its result (the view it returned and the version it produced) rather than an HTTP
-- response: the response (status, Location, ETag) is rendered from the result, the same way the first time and on
-- replay. Stored responses carry the version in their ETag.
alter table idempotency_key rename column body to result;
alter table idempotency_key add column version bigint;
update idempotency_key set version = cast(replace(etag, '"', '') as bigint) where etag is not null;
alter table idempotency_key drop column status, drop column location, drop column etag;
