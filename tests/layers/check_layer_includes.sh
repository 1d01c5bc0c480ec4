#!/usr/bin/env bash
# Fails when a layer of wizard/ includes a header of a layer above it, or a Qt Gui / Widgets / WebEngine header
# through its module path (<QtWidgets/QWidget>), which the include-path separation of the build cannot catch.
# Layers, lowest first: core < saml < entra < insightly < flows < pages; browser sees core only.
set -euo pipefail
wizard="${1:?usage: check_layer_includes.sh WIZARD_DIR}"
status=0
forbid() { # forbid LAYER REGEX WHY
    local hits
    [ -d "$wizard/$1" ] || return 0
    hits="$(grep -rnE "$2" "$wizard/$1" --include='*.h' --include='*.cpp' || true)"
    if [ -n "$hits" ]; then
        printf '%s/ must not include %s:\n%s\n' "$1" "$3" "$hits"
        status=1
    fi
}
qt_ui='#include[[:space:]]*<Qt(Widgets|Gui|WebEngine[A-Za-z]*)/'
forbid core      '#include[[:space:]]*"(saml|entra|insightly|browser|pages|flows)/' 'a higher layer'
forbid saml      '#include[[:space:]]*"(entra|insightly|browser|pages|flows)/'      'a higher layer'
forbid entra     '#include[[:space:]]*"(insightly|browser|pages|flows)/'            'a higher layer'
forbid insightly '#include[[:space:]]*"(browser|pages|flows)/'                      'a higher layer'
forbid flows     '#include[[:space:]]*"(browser|pages)/'                             'a higher layer'
forbid browser   '#include[[:space:]]*"(saml|entra|insightly|pages|flows)/'         'a layer it does not use'
for layer in core saml entra insightly flows; do
    forbid "$layer" "$qt_ui" 'Qt Gui, Widgets or WebEngine'
done
if [ "$status" -eq 0 ]; then
    echo "every include of wizard/ points down the layers"
fi
exit "$status"
