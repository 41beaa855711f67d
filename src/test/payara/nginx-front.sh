#!/usr/bin/env bash
# Debian's nginx in front of the two instances of a deployment group, as production runs it
# (server-config/nginx/jinguo.conf), but as the calling user, with its files under a folder of its own and on a port
# of its own; each answer names the instance that served it (X-Jinguo-Upstream). Used by the failover drill and by
# the benchmark's run against two instances.
#   nginx-front.sh start <folder> <port>    writes the configuration, starts nginx, waits for the login page
#   nginx-front.sh stop <folder>
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
dir=${2:?usage: nginx-front.sh start|stop <folder> [port]}
case "${1:-}" in
  start)
    port=${3:?usage: nginx-front.sh start <folder> <port>}
    command -v nginx >/dev/null || { echo "nginx is not installed (apt-get install nginx)" >&2; exit 1; }
    rm -rf "$dir"; mkdir -p "$dir/logs"
    sed -e "s/listen 80;/listen $port;/" \
        -e 's|proxy_read_timeout 300s;.*|&\n        add_header X-Jinguo-Upstream $upstream_addr always;|' \
        "$root/server-config/nginx/jinguo.conf" > "$dir/jinguo.conf"
    cat > "$dir/nginx.conf" <<CONF
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $dir/body; proxy_temp_path $dir/proxy;
    fastcgi_temp_path $dir/fastcgi; uwsgi_temp_path $dir/uwsgi; scgi_temp_path $dir/scgi;
    include $dir/jinguo.conf;
}
CONF
    nginx -p "$dir" -c "$dir/nginx.conf" -t -q || { echo "nginx refuses the configuration" >&2; exit 1; }
    nginx -p "$dir" -c "$dir/nginx.conf"
    for _ in $(seq 1 30); do
      [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/login.xhtml")" = 200 ] && exit 0
      sleep 1
    done
    echo "nginx on port $port: no login page from the instances behind it" >&2
    exit 1
    ;;
  stop)
    [ -f "$dir/nginx.pid" ] && nginx -p "$dir" -c "$dir/nginx.conf" -s stop >/dev/null 2>&1 || true
    ;;
  *)
    echo "usage: nginx-front.sh start|stop <folder> [port]" >&2
    exit 2
    ;;
esac
