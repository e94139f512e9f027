#!/bin/sh
# Compose the channel credentials from the environment, then serve the model on :5005 with the
# HTTP API behind RASA_AUTH_TOKEN and the stores from deploy/endpoints.yml.
set -eu
: "${RASA_AUTH_TOKEN:?set RASA_AUTH_TOKEN in deploy/.env}"
python -m channels.credentials --host 0.0.0.0 --out /tmp/credentials.yml
exec python -m server run --model models/knee.tar.gz --interface 0.0.0.0 --port 5005 --enable-api \
  --auth-token "$RASA_AUTH_TOKEN" --cors "${PUBLIC_URL:-*}" \
  --credentials /tmp/credentials.yml --endpoints deploy/endpoints.yml
