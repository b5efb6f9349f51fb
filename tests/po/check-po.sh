#!/bin/bash
# The zh_CN translation is complete: every translatable string of every file
# is listed in POTFILES.in and translated (none missing, none fuzzy).
set -euo pipefail

source_root=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$source_root"

status=0

# Every file with translatable strings must be listed in POTFILES.in.
listed=$(grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort)
found=$( (grep -rlE '\b(N_|_|C_|NC_)\s*\(' src --include='*.c' || true;
          grep -rl 'translatable="yes"' ui data --include='*.ui' --include='*.xml' || true;
          ls data/*.metainfo.xml data/*.gschema.xml org.example.SkillStudio.desktop) | sort -u)
unlisted=$(comm -13 <(echo "$listed") <(echo "$found"))
if [ -n "$unlisted" ]; then
  echo "not ok: files with translatable strings missing from po/POTFILES.in:"
  echo "$unlisted"
  status=1
fi

xgettext --from-code=UTF-8 --add-comments --keyword=_ --keyword=N_ --keyword=C_:1c,2 \
  --keyword=NC_:1c,2 --keyword=ngettext:1,2 --keyword=dngettext:2,3 --keyword=g_dngettext:2,3 --files-from=po/POTFILES.in -o "$work/skill-studio.pot"
msgmerge --quiet --no-fuzzy-matching po/zh_CN.po "$work/skill-studio.pot" -o "$work/merged.po"
stats=$(msgfmt --check --statistics -o /dev/null "$work/merged.po" 2>&1)
echo "# zh_CN: $stats"
if echo "$stats" | grep -qE 'untranslated|fuzzy'; then
  echo "not ok: po/zh_CN.po is incomplete; untranslated strings:"
  msgattrib --untranslated --no-obsolete "$work/merged.po" | grep '^msgid' | head -50
  status=1
fi
msgfmt --check -o /dev/null po/zh_CN.po || status=1
exit $status
