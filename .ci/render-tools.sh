#!/usr/bin/env bash
# The notice rendering tests convert the .docx with LibreOffice, read the PDF with poppler and screenshot the .html
# with Chromium, in Chinese fonts. Source it, then call render_tools_install: installs, from Debian's packages, only
# what is missing (nothing on a machine that has them all).
RENDER_PACKAGES=(libreoffice-writer-nogui chromium poppler-utils fonts-noto-cjk fonts-arphic-uming fonts-arphic-ukai)

render_tools_install() {
  local missing=() package
  for package in "${RENDER_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing ${missing[*]} (Debian packages) for the notice rendering tests ..."
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    || { echo "installing ${missing[*]} failed; the rendering tests will fail" >&2; return 1; }
}
