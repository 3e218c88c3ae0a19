/**
 * The part of Floating UI the kit positions popovers with, as its own module so the
 * popover controller can fetch it when a popover is first wanted (importing the package
 * itself dynamically would keep every export of it).
 */
export { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
