#ifndef KINERJA_CNCURSES_SHIM_H
#define KINERJA_CNCURSES_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Macros and globals Swift cannot import directly get thin wrappers here. */
static inline WINDOW *kj_stdscr(void) { return stdscr; }
static inline int kj_lines(void) { return LINES; }
static inline int kj_cols(void) { return COLS; }
static inline int kj_colors(void) { return COLORS; }
static inline int kj_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int kj_key_f(int n) { return KEY_F(n); }
static inline int kj_attr_bold(void) { return (int)A_BOLD; }
static inline int kj_attr_reverse(void) { return (int)A_REVERSE; }
static inline int kj_attr_underline(void) { return (int)A_UNDERLINE; }
static inline int kj_attr_dim(void) { return (int)A_DIM; }

#endif
