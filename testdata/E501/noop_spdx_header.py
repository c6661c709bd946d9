# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception OR GPL-2.0-or-later OR MIT OR BSD
# SPDX-FileCopyrightText: 2024 A Very Long Company Name Incorporated and all of its contributors
VALUE = 1
