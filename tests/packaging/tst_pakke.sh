#!/usr/bin/env bash
# The .deb as an office's IT would get it: builds it with CPack, unpacks it with dpkg-deb -x into
# a temporary root, checks the files (binary, desktop entry, AppStream metainfo, icons, man page,
# bash completion, copyright, changelog), validates them (desktop-file-validate, appstreamcli
# validate --no-net, man --warnings), runs lintian (no errors; warnings printed), and runs the
# unpacked program with only what the package and its Depends provide: LD_LIBRARY_PATH holds the
# shared libraries of the Depends closure, a qt.conf beside the binary points Qt's plugin folder at
# the plugins of that closure (the SQL drivers, the platforms) and fontconfig sees only its fonts.
# There it prints --help, imports, renders a letter (fonts embedded), checks the store and starts
# the desktop application (offscreen).
# Usage: tst_pakke.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
bygg=$(realpath "$1")
kilde=$(realpath "$2")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tst_pakke.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
feil=0
fail() { echo "FAIL: $*" >&2; feil=1; }
ok() { echo "ok: $*"; }

# ---- build and unpack -------------------------------------------------------------------------
cpack --config "$bygg/CPackConfig.cmake" -B "$tmp/pakke" >"$tmp/cpack.log" 2>&1 || { cat "$tmp/cpack.log"; exit 1; }
deb=$(ls "$tmp"/pakke/tilsynsklient_*.deb)
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"
rot="$tmp/rot"
dpkg-deb -x "$deb" "$rot"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for p in libqt6sql6-sqlite libqt6sql6-psql fonts-dejavu-core hunspell-no libqt6core6 libqt6widgets6 libqt6keychain1; do
    grep -qE "(^|, )$p( |,|$)" <<<"$depends" || fail "Depends lacks $p"
done

id=no.statsforvalteren.Tilsynsklient
filer=(
    usr/bin/tilsynsklient
    usr/share/applications/$id.desktop
    usr/share/metainfo/$id.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/$id.svg
    usr/share/man/man1/tilsynsklient.1.gz
    usr/share/bash-completion/completions/tilsynsklient
    usr/share/doc/tilsynsklient/copyright
    usr/share/doc/tilsynsklient/changelog.gz
)
for s in 16 22 24 32 48 64 128 256 512; do filer+=(usr/share/icons/hicolor/${s}x${s}/apps/$id.png); done
for f in "${filer[@]}"; do [ -f "$rot/$f" ] || fail "missing /$f"; done
[ -x "$rot/usr/bin/tilsynsklient" ] || fail "/usr/bin/tilsynsklient is not executable"
for s in 16 22 24 32 48 64 128 256 512; do
    file "$rot/usr/share/icons/hicolor/${s}x${s}/apps/$id.png" | grep -q "PNG image data, $s x $s," || fail "icon ${s}x${s} has the wrong size"
done
if find "$rot" -path "$rot/usr" -prune -o -mindepth 1 -print | grep -q .; then fail "files outside /usr"; fi
readelf -d "$rot/usr/bin/tilsynsklient" | grep -qE 'RPATH|RUNPATH' && fail "the binary has an RPATH/RUNPATH"
ok "files"

# ---- validators ---------------------------------------------------------------------------------
desktop-file-validate "$rot/usr/share/applications/$id.desktop" && ok "desktop-file-validate" || fail "desktop-file-validate"
appstreamcli validate --no-net "$rot/usr/share/metainfo/$id.metainfo.xml" >"$tmp/as.log" 2>&1 || { cat "$tmp/as.log"; fail "appstreamcli validate"; }
grep -E '^[EW]:' "$tmp/as.log" && fail "appstreamcli: errors or warnings"
ok "appstreamcli validate --no-net"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$rot/usr/share/metainfo/$id.metainfo.xml" || fail "metainfo: launchable"
grep -q "<binary>tilsynsklient</binary>" "$rot/usr/share/metainfo/$id.metainfo.xml" || fail "metainfo: provides binary"
for lang in nb nn; do
    grep -q "^Comment\[$lang\]=" "$rot/usr/share/applications/$id.desktop" || fail "desktop entry: no Comment[$lang]"
    grep -q "<p xml:lang=\"$lang\">" "$rot/usr/share/metainfo/$id.metainfo.xml" || fail "metainfo: no description in $lang"
done
# ---- who publishes it: the project's name with the office's address; a homepage only if set ----
cache() { sed -n "s/^$1:STRING=//p" "$bygg/CMakeCache.txt"; }
vedlikeholder="$(cache TILSYN_VEDLIKEHOLDER_NAVN) <$(cache TILSYN_VEDLIKEHOLDER_EPOST)>"
hjemmeside=$(cache TILSYN_HJEMMESIDE)
[ "$(dpkg-deb -f "$deb" Maintainer)" = "$vedlikeholder" ] || fail "Maintainer is '$(dpkg-deb -f "$deb" Maintainer)', not '$vedlikeholder'"
zcat "$rot/usr/share/doc/tilsynsklient/changelog.gz" | grep -qF -- "-- $vedlikeholder  " || fail "changelog: not signed by $vedlikeholder"
metainfo="$rot/usr/share/metainfo/$id.metainfo.xml"
if grep -qiE 'example\.(org|com|net)' "$metainfo" <(dpkg-deb -f "$deb") <(zcat "$rot/usr/share/doc/tilsynsklient/changelog.gz"); then
    fail "a placeholder address (example.*) in the package"
fi
if [ -z "$hjemmeside" ]; then
    [ -z "$(dpkg-deb -f "$deb" Homepage)" ] || fail "a Homepage field without TILSYN_HJEMMESIDE"
    grep -qE '<url |<screenshots>' "$metainfo" && fail "metainfo: a homepage or screenshots without TILSYN_HJEMMESIDE"
else
    [ "$(dpkg-deb -f "$deb" Homepage)" = "$hjemmeside" ] || fail "Homepage is not $hjemmeside"
    [ "$(grep -c "<image>$hjemmeside/raw/main/docs/img/" "$metainfo")" = 4 ] || fail "metainfo: four screenshots under $hjemmeside"
fi
ok "maintainer '$vedlikeholder', homepage '${hjemmeside:-none}'"
man_ut=$(LC_ALL=C.UTF-8 MANWIDTH=100 man --warnings -E UTF-8 -l "$rot/usr/share/man/man1/tilsynsklient.1.gz" 2>&1 >/dev/null) || true
[ -z "$man_ut" ] || fail "man page warnings: $man_ut"

# ---- lintian: no errors -------------------------------------------------------------------------
lintian --tag-display-limit 0 "$deb" >"$tmp/lintian.log" 2>&1 || true
grep -v 'running with root privileges' "$tmp/lintian.log" || true
grep -q '^E: ' "$tmp/lintian.log" && fail "lintian reports errors"
ok "lintian (no errors)"

# ---- the Depends closure: libraries, Qt plugins, fonts ------------------------------------------
# One dpkg-query for every installed package: its Depends and what it Provides.
declare -A sett=() tilbyr=() avhenger=()
while IFS=';' read -r pakke status provides deps; do
    [[ $status == "install ok installed" ]] || continue
    avhenger[$pakke]=$deps
    IFS=',' read -ra ps <<<"$provides"
    for v in "${ps[@]}"; do v=${v%%(*}; v=${v// /}; [ -n "$v" ] && tilbyr[$v]=$pakke; done
done < <(dpkg-query -W -f='${Package};${Status};${Provides};${Depends}, ${Pre-Depends}\n' 2>/dev/null)
koe=()
IFS=',' read -ra grupper <<<"$depends"
koe+=("${grupper[@]}")
closure=()
while [ ${#koe[@]} -gt 0 ]; do
    gruppe=${koe[0]}; koe=("${koe[@]:1}")
    valgt=""
    IFS='|' read -ra alternativer <<<"$gruppe"
    for a in "${alternativer[@]}"; do
        navn=${a%%(*}; navn=${navn%%[*}; navn=${navn%%:*}; navn=${navn// /}
        [ -z "$navn" ] && continue
        if [ -n "${avhenger[$navn]+x}" ]; then valgt=$navn; break; fi
        if [ -n "${tilbyr[$navn]:-}" ]; then valgt=${tilbyr[$navn]}; break; fi
    done
    if [ -z "$valgt" ]; then
        [ -n "${gruppe// /}" ] && fail "dependency not installed: $gruppe"
        continue
    fi
    [ -n "${sett[$valgt]:-}" ] && continue
    sett[$valgt]=1
    closure+=("$valgt")
    IFS=',' read -ra grupper <<<"${avhenger[$valgt]}"
    for g2 in "${grupper[@]}"; do [ -n "${g2// /}" ] && koe+=("$g2"); done
done
echo "Depends closure: ${#closure[@]} packages"

miljo="$tmp/miljo"
mkdir -p "$miljo/lib" "$miljo/plugins" "$miljo/cache" "$tmp/home"
fontdirs=""
declare -A fontdir=()
while read -r f; do
    case $f in
        */qt6/plugins/*.so)
            rel=${f#*/qt6/plugins/}
            mkdir -p "$miljo/plugins/${rel%/*}"
            ln -sf "$f" "$miljo/plugins/$rel" ;;
        *.ttf | *.otf) fontdir[${f%/*}]=1 ;;
        *.so | *.so.*) [ -f "$f" ] && ln -sf "$f" "$miljo/lib/${f##*/}" ;;
    esac
done < <(dpkg -L "${closure[@]}" 2>/dev/null | grep -E '\.so(\.[0-9]+)*$|\.(ttf|otf)$')
for d in "${!fontdir[@]}"; do fontdirs+="<dir>$d</dir>"; done
cat >"$miljo/fonts.conf" <<CONF
<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>$fontdirs<cachedir>$miljo/cache</cachedir></fontconfig>
CONF
# Qt's built-in plugin folder is replaced, not added to: only the closure's plugins exist for it.
printf '[Paths]\nPlugins = %s\n' "$miljo/plugins" >"$rot/usr/bin/qt.conf"
[ -f "$miljo/plugins/sqldrivers/libqsqlite.so" ] || fail "the SQLite driver is not in the Depends closure"
[ -f "$miljo/plugins/sqldrivers/libqsqlpsql.so" ] || fail "the PostgreSQL driver is not in the Depends closure"
[ -n "$fontdirs" ] || fail "no fonts in the Depends closure"

kjor() {
    env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=C.UTF-8 \
        XDG_DATA_HOME="$tmp/home/data" XDG_CONFIG_HOME="$tmp/home/config" XDG_RUNTIME_DIR="$tmp/home/run" \
        LD_LIBRARY_PATH="$miljo/lib" QT_PLUGIN_PATH="$miljo/plugins" FONTCONFIG_FILE="$miljo/fonts.conf" \
        QT_QPA_PLATFORM=offscreen "$@"
}
mkdir -p "$tmp/home/run" && chmod 700 "$tmp/home/run"

# Every library the program and the plugins it loads need resolves inside the closure.
for elf in "$rot/usr/bin/tilsynsklient" "$miljo"/plugins/sqldrivers/libqsql{ite,psql}.so "$miljo/plugins/platforms/libqoffscreen.so"; do
    while read -r linje; do
        sti=$(awk '/=>/ {print $3}' <<<"$linje")
        [ -z "$sti" ] && continue
        [[ $sti == "$miljo/lib/"* ]] || fail "$(basename "$elf") needs $linje, not provided by the Depends"
    done < <(kjor ldd "$elf")
done
ok "libraries from the Depends closure only"

exe="$rot/usr/bin/tilsynsklient"
hjelp=$(kjor "$exe" --help) || fail "--help"
kommandoer=$(awk '/^Commands:/ {k=1; next} k && /^  [a-z]/ {print $1}' <<<"$hjelp")
[ -n "$kommandoer" ] || fail "--help lists no commands"
zcat "$rot/usr/share/man/man1/tilsynsklient.1.gz" >"$tmp/man.1"
for k in $kommandoer; do
    sed -n '/^\.SH COMMANDS/,/^\.SH "EXIT/p' "$tmp/man.1" | grep -qE "^(\.B[IR]? \"?|\\\\fB)$k\b" || fail "the man page does not describe '$k'"
    grep -qE "commands=\".*\b$k\b" "$rot/usr/share/bash-completion/completions/tilsynsklient" || fail "bash completion lacks '$k'"
done
for k in backup check; do grep -qx "$k" <<<"$kommandoer" || fail "--help does not list $k"; done
ok "--help: $(echo $kommandoer)"

# bash completion completes the sub-commands and their options.
if [ -f /usr/share/bash-completion/bash_completion ]; then
    komplett() {
        bash -c 'source /usr/share/bash-completion/bash_completion; source "$1"; shift
                 COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
                 _tilsynsklient; printf "%s\n" "${COMPREPLY[@]}"' _ "$rot/usr/share/bash-completion/completions/tilsynsklient" "$@" | sort | xargs
    }
    [ "$(komplett tilsynsklient b)" = "backup" ] || fail "completion of 'b': $(komplett tilsynsklient b)"
    [ "$(komplett tilsynsklient --db x.sqlite backup --)" = "--help --out" ] || fail "completion of backup options"
    [ "$(komplett tilsynsklient letter --maalform n)" = "nb nn" ] || fail "completion of --maalform"
    ok "bash completion"
fi

db="$tmp/lager.sqlite"
ut=$(kjor "$exe" --db "$db" import "$kilde/docs/letters-eksempel.jsonl") || fail "import"
[[ $ut == "imported "*" cases" ]] || fail "import printed: $ut"
kjor QT_DEBUG_PLUGINS=1 "$exe" --db "$db" letter --case 2024/4711 --type bm5-avgjorelse --out "$tmp/brev.pdf" 2>"$tmp/plugins.log" || fail "letter"
# Qt searched only the closure's plugins (and the program's own folder); the files there are
# links to the packaged plugins, so Qt names those when it loads them.
grep -q "checking directory path \"$miljo/plugins/sqldrivers\"" "$tmp/plugins.log" || fail "Qt did not search the closure's plugins"
grep 'checking directory path' "$tmp/plugins.log" | grep -v "\"$miljo/plugins/" | grep -v "\"$rot/usr/bin/" && fail "Qt searched for plugins outside the closure"
[ -s "$tmp/brev.pdf" ] || fail "no letter written"
if command -v pdffonts >/dev/null; then
    pdffonts "$tmp/brev.pdf" >"$tmp/fonts.txt"
    grep -q "DejaVuSerif" "$tmp/fonts.txt" || fail "the letter does not embed DejaVu Serif"
    awk 'NR > 2 && $(NF-4) != "yes" {bad=1} END {exit bad}' "$tmp/fonts.txt" || fail "a font is not embedded: $(cat "$tmp/fonts.txt")"
fi
[ "$(kjor "$exe" --db "$db" check)" = "ok" ] || fail "check"
kjor "$exe" --db "$db" backup --out "$tmp/kopi.sqlite" >/dev/null || fail "backup"
ok "import, letter ($(stat -c %s "$tmp/brev.pdf") bytes), check and backup from the unpacked package"

# The desktop application starts and keeps running (stopped after 4 s).
set +e
kjor timeout 4 "$exe" --db "$db" >"$tmp/gui.log" 2>&1
status=$?
set -e
[ $status -eq 124 ] || { cat "$tmp/gui.log"; fail "the desktop application ended with status $status"; }
ok "desktop application starts"

exit $feil
