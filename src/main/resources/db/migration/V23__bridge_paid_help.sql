-- The Bridge's paid neighbourly help (家庭互助之桥): a neighbour offering paid help asks her own hourly rate; a booking
-- is an order of the family-aid line dispatched to her with the rate and hours agreed, and after the service each
-- rates the other: the resident rates the helper (the order's rating), the helper rates the resident.

ALTER TABLE bridge_provider ADD COLUMN hourly_rate DECIMAL(10, 2) NULL;
ALTER TABLE bridge_order ADD COLUMN agreed_rate DECIMAL(10, 2) NULL;
ALTER TABLE bridge_order ADD COLUMN agreed_hours DECIMAL(5, 1) NULL;
ALTER TABLE bridge_order ADD COLUMN requester_rating INT NULL;
ALTER TABLE bridge_order ADD COLUMN requester_comment VARCHAR(500) NULL;
