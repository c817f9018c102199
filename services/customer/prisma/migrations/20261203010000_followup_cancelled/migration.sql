-- An erased customer's scheduled follow-ups are cancelled, not left to be called.
ALTER TYPE "follow_up_status" ADD VALUE 'CANCELLED';
