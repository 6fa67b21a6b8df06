// Vietnamese personal names, including family names common among Tày, Nùng, Thái, Mường and
// other northern-mountain communities, and brand words for project names.

export const familyNames = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Nông', 'Lương', 'Vi', 'Lục', 'Triệu', 'Hà', 'Đinh', 'Mai', 'Lò', 'Quàng', 'Chu', 'Tô', 'Tạ',
  'Đào', 'Trịnh', 'Lâm', 'Châu', 'Thái', 'Cao', 'La', 'Mã', 'Sầm',
] as const;

export const maleMiddleNames = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thành', 'Công', 'Xuân', 'Ngọc', 'Trọng'] as const;
export const femaleMiddleNames = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Kim', 'Hồng', 'Mỹ', 'Diệu', 'Phương', 'Bích'] as const;

export const maleGivenNames = [
  'An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Khang', 'Long', 'Minh', 'Nam', 'Phong', 'Quân', 'Sơn', 'Tài',
  'Thắng', 'Toàn', 'Trung', 'Tuấn', 'Việt', 'Vinh', 'Khải', 'Lâm', 'Đạt', 'Hiếu', 'Kiên', 'Tùng',
] as const;

export const femaleGivenNames = [
  'Anh', 'Chi', 'Dung', 'Hà', 'Hạnh', 'Hoa', 'Hương', 'Lan', 'Linh', 'Loan', 'Mai', 'Nga', 'Ngân', 'Nhung',
  'Phương', 'Thảo', 'Trang', 'Tuyết', 'Vân', 'Yến', 'Huyền', 'Giang', 'Thư', 'My', 'Oanh', 'Liên',
] as const;

export const brandFirstWords = ['Mộc', 'Rừng', 'Núi', 'Bản', 'Quê', 'Xanh', 'Sương', 'Nắng', 'Suối', 'Đồi', 'Làng', 'Mây'] as const;
export const brandSecondWords = ['Xanh', 'Việt', 'An', 'Phúc', 'Sạch', 'Ngàn', 'Hồng', 'Vàng', 'Lành', 'Mới', 'Thơm', 'Quý'] as const;
