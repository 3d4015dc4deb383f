#!/usr/bin/env bash
# Renders the sample letters with the built tilsynsklient and converts their pages to PNG in
# docs/img/: the BM 5 avgjørelse to each party (bokmål and nynorsk), the innsender's result
# letter (nynorsk), the oversendelse to Statens helsetilsyn, the pålegg om retting (sosial,
# nynorsk) and the nynorsk BM 2 oversendelse. Uses the sample cases in docs/letters-eksempel.jsonl
# and the sample office folder docs/letters-eksempelkontor (fictitious letterhead and caseworker).
# Needs: a build in build/ (scripts/build.sh), poppler-utils (pdftoppm) and sqlite3.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
exe="$root/build/app/tilsynsklient"
[ -x "$exe" ] || { echo "build first: $exe is missing" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The letter command reads the office folder and the signer's profile from the settings.
export XDG_CONFIG_HOME="$work/config"
mkdir -p "$XDG_CONFIG_HOME/tilsynsklient"
printf '[brev]\nmalmappe=%s\n' "$root/docs/letters-eksempelkontor" > "$XDG_CONFIG_HOME/tilsynsklient/tilsynsklient.conf"
db="$work/eksempel.sqlite"
"$exe" --db "$db" import "$root/docs/letters-eksempel.jsonl" >/dev/null
# What the JSON Lines contract does not carry (Deres dato / Deres ref from the henvendelse and from
# the hospital's last letter, the doctor's authorisation) is entered in the case editor; here it
# is set in the sample store directly (columns of migrations 033 and 034).
sqlite3 "$db" <<'SQL'
UPDATE tilsynssak SET innsender_deres_dato = '2024-03-01', innsender_deres_ref = 'SH-2024-03'
 WHERE saksnummer = '2024/4711';
UPDATE tilsynsobjekt SET deres_dato = '2024-04-15', deres_ref = 'HBE 24/1234'
 WHERE objekt_id = 'o1' AND sak_id = (SELECT id FROM tilsynssak WHERE saksnummer = '2024/4711');
UPDATE tilsynsobjekt SET autorisasjon = 'lege'
 WHERE objekt_id = 'o2' AND sak_id = (SELECT id FROM tilsynssak WHERE saksnummer = '2024/4711');
SQL
mkdir -p "$root/docs/img"
rm -f "$root"/docs/img/brev-bm[25]-*.png "$root"/docs/img/brev-palegg-*.png # not brev-nb/nn.png (scripts/screenshots.sh)
lag() { # name, then letter arguments (the store: $db)
    local navn=$1; shift
    "$exe" --db "$db" letter "$@" --out "$work/$navn.pdf"
    pdftoppm -r 80 -png "$work/$navn.pdf" "$root/docs/img/brev-$navn"
}
lag bm5-avgjorelse-virksomhet-nb --case 2024/4711 --type bm5-avgjorelse --to o1
lag bm5-avgjorelse-lege-nb --case 2024/4711 --type bm5-avgjorelse --to o2
# The oversendelse fits only a case sent to Statens helsetilsyn (letter refuses a letter that does
# not fit the case): made from a copy of the sample store whose case has that utfall.
cp "$db" "$work/htil.sqlite"
sqlite3 "$work/htil.sqlite" "UPDATE tilsynssak SET utfall = 'oversendt-htil' WHERE saksnummer = '2024/4711';"
db="$work/htil.sqlite" lag bm5-oversendelse-htil-nb --case 2024/4711 --type bm5-oversendelse-htil
# The case's summary and begrunnelser are typed text, printed as typed: a nynorsk decision is
# written with them in nynorsk (the letter command warns otherwise). The sample's texts are
# bokmål, so the nynorsk letters are made after they are replaced by the caseworker's nynorsk.
sqlite3 "$db" <<'SQL'
UPDATE tilsynssak SET sammendrag = 'Pasienten vart skriven ut frå medisinsk avdeling 12. februar 2024. Blodprøver som vart tekne ved utskrivinga, viste alvorleg forhøgde verdiar, men svara vart ikkje følgde opp før pasienten vart lagd inn på nytt tre veker seinare.'
 WHERE saksnummer = '2024/4711';
UPDATE vurdering SET begrunnelse = CASE bestemmelse
  WHEN 'sphl-2-2' THEN 'Sjukehuset hadde ikkje rutinar som sikra at prøvesvar som kom inn etter utskrivinga, vart følgde opp.'
  WHEN 'sphl-3-2' THEN 'Journalsystemet viste prøvesvara for alle som hadde tilgang. Vi har ikkje funne svikt i sjølve journal- og informasjonssystemet.'
  WHEN 'hpl-4' THEN 'Legen som skreiv ut pasienten, såg ikkje til at dei forhøgde prøvesvara vart følgde opp, og gav ikkje fastlegen beskjed. Etter vår vurdering var dette ikkje i samsvar med kravet til fagleg forsvarlegheit.'
  WHEN 'hpl-39' THEN 'Journalnotatet frå utskrivinga var ført same dagen og inneheldt dei opplysningane som var relevante og naudsynte.'
  ELSE begrunnelse END
 WHERE sak_id = (SELECT id FROM tilsynssak WHERE saksnummer = '2024/4711');
SQL
lag bm5-avgjorelse-virksomhet-nn --case 2024/4711 --type bm5-avgjorelse --to o1 --maalform nn
lag bm5-avgjorelse-lege-nn --case 2024/4711 --type bm5-avgjorelse --to o2 --maalform nn
lag bm5-resultat-innsender-nn --case 2024/4711 --type bm5-resultat-innsender --to innsender
lag palegg-retting-nn --case 2024/4713 --type palegg-retting --to o1
lag bm2-oversendelse-nn --case 2024/4712 --type bm2-oversendelse
ls "$root"/docs/img/brev-*.png
