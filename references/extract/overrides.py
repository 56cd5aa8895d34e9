"""Hand corrections the extraction cannot derive from the reference texts.

Every entry carries a comment saying why it is needed.  Keep this file small:
anything that can be derived from the sources belongs in extract.py.
"""

# (edition, TOC number or '', TOC text) -> heading to use
SECTION_HEADINGS = {
}

# (edition, code as printed in an appendix table) -> code it stands for
APPENDIX_CODE_FIXES = {
    # 6.0b Appendix A prints "0x00090" for HvCallParkedVirtualProcessors; the
    # row sits between 0x0008 and 0x000b and every other source has 0x0009.
    ('6.0b', '0x00090'): '0x0009',
}

# code -> kind ('simple' / 'rep'), where the sources' first answer is wrong
KIND = {
}

# code -> Linux HVCALL_* spellings (facts from torvalds/linux
# include/hyperv/hvgdk_mini.h); optional, filled where checked
LINUX_NAMES = {
}

# (edition, status name, code as printed) -> code it stands for
STATUS_FIXES = {
    # 6.0b Appendix B prints 0x0033 for HV_STATUS_INSUFFICIENT_BUFFERS, in the
    # row between 0x0012 and 0x0014; 2.0 and the 2013 WDK give 0x0013, and
    # 6.0b uses 0x0033 again for HV_STATUS_INSUFFICIENT_BUFFER.
    ('6.0b', 'HV_STATUS_INSUFFICIENT_BUFFERS', '0x0033'): '0x0013',
}

# (source, MSR name as printed) -> full name, for names the PDF table wraps
MSR_NAME_FIXES = {
}

# (edition, call code printed in a prototype) -> code the prototype belongs to
PROTOTYPE_CODE_FIXES = {
    # 2.0 section 23.4.2 prints "Call Code = 0x0071" for HvGetSystemProperty.
    # 2.0's own Appendix B ends at 0x0070; 6.0b Appendix A, the debugger
    # symbols and mu_msvm all put HvCallGetSystemProperty at 0x007B and name
    # 0x0071 HvCallOutputDebugCharacter.  File the prototype under 0x007B so
    # 0x0071 does not inherit HvGetSystemProperty's parameters.
    ('2.0', 0x0071): 0x007B,
}

# (edition, call code, name on the prototype's native-interface line) -> name
# the prototype has.  6.0b 9.4 prints "HvFlushVirtualAddressList [rep]" above
# "Call Code = 0x0014", under the heading and C prototype of
# HvFlushVirtualAddressListEx; every other source names 0x0014 ...Ex, and
# 0x0003 is HvFlushVirtualAddressList.  Without this the lookup offered the
# Ex call for the non-Ex name (errata E450).
PROTOTYPE_NAME_FIXES = {
    ('6.0b', 0x0014, 'HvFlushVirtualAddressList'): 'HvFlushVirtualAddressListEx',
}

# (call, direction, field, size as an online table prints it) -> size it is
PARAMETER_SIZE_FIXES = {
    # The online HvCallSendSyntheticClusterIpi table gives ProcessorMask a
    # size of 1; its own prototype declares a UINT64, TLFS 6.0b 10.5 draws
    # 8 bytes, and the next field would start at 9 (errata E149).
    ('HvCallSendSyntheticClusterIpi', 'input', 'ProcessorMask', '1'): '8',
    # The online HvCallRetargetDeviceInterrupt table gives DeviceId a size of
    # 6; its prototype declares a UINT64, TLFS 6.0b 10.5 draws 8 bytes, and
    # InterruptEntry starts at 16 (errata E181).
    ('HvCallRetargetDeviceInterrupt', 'input', 'DeviceId', '6'): '8',
    # The online HvCallGetVpSetFromMda table gives TargetVpSet 4104 bytes,
    # more than the 4096-byte output page; an HV_VP_SET is at most 16 bytes
    # plus one 8-byte mask per bit of ValidBanksMask, 528 (errata E185).
    ('HvCallGetVpSetFromMda', 'output', 'TargetVpSet', '4104'): '528',
}

# (call, direction, field, offset as a PDF table prints it) -> field name to
# use.  TLFS 2.0 14.9.3, 14.9.4 and 14.9.5 (and the 2013 WDK) name two 4-byte
# gaps of one input "Padding"; a C structure cannot repeat a member name, so
# hvref numbers them in order of appearance (errata E174) and the table rows
# carry the numbered names the layouts are checked against.
PARAMETER_FIELD_FIXES = {
    ('HvCallConnectPortDeprecated', 'input', 'Padding', '12'): 'Padding1',
    ('HvCallConnectPortDeprecated', 'input', 'Padding', '28'): 'Padding2',
    ('HvCallGetPortProperty', 'input', 'Padding', '12'): 'Padding1',
    ('HvCallGetPortProperty', 'input', 'Padding', '20'): 'Padding2',
    ('HvCallSetPortProperty', 'input', 'Padding', '12'): 'Padding1',
    ('HvCallSetPortProperty', 'input', 'Padding', '20'): 'Padding2',
}
