# Sourced by run-all-tests.sh: a real SMTP server (aiosmtpd, writing a Maildir)
# and a local SMS gateway, each on a free loopback port with its own folder,
# stopped when the script exits. Tests inject faults through each folder's
# `mode` file (tests/servers/*.py). Exports SAMS_TEST_SMTP (host:port),
# SAMS_TEST_SMTP_DIR, SAMS_TEST_SMS_URL, SAMS_TEST_SMS_DIR, SAMS_TEST_SMS_ACCOUNT
# and SAMS_TEST_SMS_TOKEN.
free_port() {
  /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

wait_for_port() {
  for _ in $(seq 1 100); do
    /usr/bin/python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $1), 0.2)" 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

start_notify_servers() {
  local here
  here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  NOTIFY_BASE=$(mktemp -d /tmp/sams-notify.XXXXXX)
  mkdir -p "$NOTIFY_BASE/smtp" "$NOTIFY_BASE/sms"
  local smtp_port sms_port
  smtp_port=$(free_port)
  sms_port=$(free_port)
  /usr/bin/python3 "$here/servers/smtp_sink.py" --port "$smtp_port" --dir "$NOTIFY_BASE/smtp" \
    >"$NOTIFY_BASE/smtp.log" 2>&1 &
  SMTP_PID=$!
  /usr/bin/python3 "$here/servers/sms_gateway.py" --port "$sms_port" --dir "$NOTIFY_BASE/sms" \
    --account ACtest --token sms-secret >"$NOTIFY_BASE/sms.log" 2>&1 &
  SMS_PID=$!
  wait_for_port "$smtp_port" || { cat "$NOTIFY_BASE/smtp.log"; return 1; }
  wait_for_port "$sms_port" || { cat "$NOTIFY_BASE/sms.log"; return 1; }
  export SAMS_TEST_SMTP="127.0.0.1:$smtp_port" SAMS_TEST_SMTP_DIR="$NOTIFY_BASE/smtp"
  export SAMS_TEST_SMS_URL="http://127.0.0.1:$sms_port" SAMS_TEST_SMS_DIR="$NOTIFY_BASE/sms"
  export SAMS_TEST_SMS_ACCOUNT=ACtest SAMS_TEST_SMS_TOKEN=sms-secret
  echo "== SMTP (aiosmtpd) on $SAMS_TEST_SMTP, SMS gateway on $SAMS_TEST_SMS_URL"
}

stop_notify_servers() {
  [ -n "${NOTIFY_BASE:-}" ] || return 0
  kill "${SMTP_PID:-}" "${SMS_PID:-}" 2>/dev/null || true
  wait "${SMTP_PID:-}" "${SMS_PID:-}" 2>/dev/null || true
  rm -rf "$NOTIFY_BASE"
}
