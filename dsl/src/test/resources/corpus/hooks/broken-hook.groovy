// A close hook with a syntax error on its second line (hooks/hook-file-does-not-compile).
apps.holding.each { it.close( }
