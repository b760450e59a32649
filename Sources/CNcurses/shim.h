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
/* Mouse: clicks of the first button and the wheel (buttons 4 and 5). */
static inline mmask_t kj_mouse_mask(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED; }
static inline int kj_mouse_click(mmask_t m) { return (m & (BUTTON1_CLICKED | BUTTON1_PRESSED)) != 0; }
static inline int kj_mouse_up(mmask_t m) { return (m & BUTTON4_PRESSED) != 0; }
static inline int kj_mouse_down(mmask_t m) { return (m & BUTTON5_PRESSED) != 0; }

#endif
