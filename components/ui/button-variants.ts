import { cva } from "class-variance-authority";

// The button's classes without the Button component: a client component that only needs the look (the
// root error boundary, on every page) doesn't pull in Slot. The look itself is the component classes
// in app/globals.css (`.btn` and one class per variant and size), which a caller's utilities override.
export const buttonVariants = cva("btn", {
  variants: {
    variant: {
      default: "btn-default",
      secondary: "btn-secondary",
      outline: "btn-outline",
      ghost: "btn-ghost",
      destructive: "btn-destructive",
      link: "btn-link",
    },
    size: { default: "btn-md", sm: "btn-sm", lg: "btn-lg", icon: "btn-icon" },
  },
  defaultVariants: { variant: "default", size: "default" },
});
